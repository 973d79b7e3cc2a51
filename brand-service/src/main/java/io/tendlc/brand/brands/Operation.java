package io.tendlc.brand.brands;

/** A call to TCR owed for a brand, in the order a brand's owed calls are made. */
public enum Operation {
    REGISTER, UPDATE, REVET, VETTING, DELETE
}

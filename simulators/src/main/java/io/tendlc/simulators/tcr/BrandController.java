package io.tendlc.simulators.tcr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** TCR CSP API v2: brands and their external vetting. */
@RestController
@RequestMapping("/tcr/v2/brand")
class BrandController {

    private final Brands brands;
    private final Campaigns campaigns;

    BrandController(Brands brands, Campaigns campaigns) {
        this.brands = brands;
        this.campaigns = campaigns;
    }

    /** Creates the brand at once; identity verification follows asynchronously (BRAND_IDENTITY_STATUS_UPDATE). */
    @PostMapping("/nonBlocking")
    Map<String, Object> create(@RequestBody BrandRequest request) {
        return brands.create(request).json();
    }

    @GetMapping("/{brandId}")
    Map<String, Object> get(@PathVariable String brandId) {
        return brands.get(brandId).json();
    }

    /** Changes the fields given and verifies the brand's identity again. */
    @PutMapping("/{brandId}")
    Map<String, Object> edit(@PathVariable String brandId, @RequestBody BrandRequest edit) {
        return brands.edit(brandId, edit).json();
    }

    @DeleteMapping("/{brandId}")
    Map<String, Object> delete(@PathVariable String brandId) {
        Map<String, Object> json = new LinkedHashMap<>(brands.delete(brandId, campaigns::brandHasActiveCampaign).json());
        json.put("status", "DELETED");
        return json;
    }

    /** Re-runs identity verification. */
    @PutMapping("/{brandId}/revet")
    Map<String, Object> revet(@PathVariable String brandId) {
        return brands.revet(brandId).json();
    }

    @PostMapping("/{brandId}/externalVetting")
    Map<String, Object> orderVetting(@PathVariable String brandId, @RequestBody VettingOrder order) {
        return vettingJson(brands.orderVetting(brandId, order.evpId(), order.vettingClass()));
    }

    @GetMapping("/{brandId}/externalVetting")
    List<Map<String, Object>> vettings(@PathVariable String brandId) {
        return brands.get(brandId).vettings().stream().map(BrandController::vettingJson).toList();
    }

    record VettingOrder(String evpId, String vettingClass) {
    }

    private static Map<String, Object> vettingJson(SimBrand.Vetting vetting) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("evpId", vetting.evpId());
        json.put("vettingId", vetting.vettingId());
        json.put("vettingClass", vetting.vettingClass());
        json.put("vettingStatus", vetting.vettingStatus());
        if (vetting.vettingScore() != null) {
            json.put("vettingScore", vetting.vettingScore());
        }
        json.put("createDate", vetting.createDate().toString());
        if (vetting.vettedDate() != null) {
            json.put("vettedDate", vetting.vettedDate().toString());
        }
        return json;
    }
}

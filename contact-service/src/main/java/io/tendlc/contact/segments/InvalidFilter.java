package io.tendlc.contact.segments;

import io.tendlc.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;

import java.util.Map;

/** A filter that does not parse or names what does not exist: 400 {@code invalid-filter} with the 0-based position. */
public class InvalidFilter extends ApiProblem {

    private final int position;

    InvalidFilter(int position, String message) {
        super(HttpStatus.BAD_REQUEST, "invalid-filter", "Invalid filter", message + " (at position " + position + ")",
                Map.of("position", position, "reason", message));
        this.position = position;
    }

    public int position() {
        return position;
    }
}

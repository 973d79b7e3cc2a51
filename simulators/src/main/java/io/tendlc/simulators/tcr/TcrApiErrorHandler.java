package io.tendlc.simulators.tcr;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers TCR API errors in TCR's shape ({@code [{code, field, description}]}) rather than as problem details;
 * ordered first so it wins over Boot's problem-details handler for malformed bodies.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {BrandController.class, CampaignController.class, EnumController.class,
        WebhookSubscriptionController.class})
class TcrApiErrorHandler {

    private final TcrStats stats;

    TcrApiErrorHandler(TcrStats stats) {
        this.stats = stats;
    }

    @ExceptionHandler
    ResponseEntity<List<TcrError>> handle(TcrApiException error) {
        return ResponseEntity.status(error.httpStatus()).body(error.errors());
    }

    @ExceptionHandler
    ResponseEntity<List<TcrError>> unreadable(HttpMessageNotReadableException error) {
        stats.rejected.increment();
        return ResponseEntity.badRequest().body(List.of(new TcrError(TcrError.INVALID_PARAMETER, null,
                "Malformed JSON request body")));
    }

    @ExceptionHandler
    ResponseEntity<List<TcrError>> unsupported(HttpMediaTypeNotSupportedException error) {
        return ResponseEntity.status(415).body(List.of(new TcrError(TcrError.INVALID_PARAMETER, null,
                "Content-Type must be application/json")));
    }
}

package io.tendlc.simulators.twilio;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Knobs and counters for load and fault tests; not a Twilio API. */
@RestController
@RequestMapping("/sim/twilio")
class SimulatorAdminController {

    private final KnobsHolder knobs;
    private final SimulatorStats stats;
    private final MessageStore store;
    private final StatusCallbackDispatcher dispatcher;

    SimulatorAdminController(KnobsHolder knobs, SimulatorStats stats, MessageStore store,
                             StatusCallbackDispatcher dispatcher) {
        this.knobs = knobs;
        this.stats = stats;
        this.store = store;
        this.dispatcher = dispatcher;
    }

    @GetMapping("/config")
    SimulatorKnobs config() {
        return knobs.get();
    }

    /** Changes the fields given and keeps the others. */
    @PutMapping("/config")
    SimulatorKnobs update(@RequestBody SimulatorKnobs.KnobsUpdate update) {
        return knobs.update(update);
    }

    /** Back to the start-up configuration. */
    @DeleteMapping("/config")
    SimulatorKnobs reset() {
        return knobs.reset();
    }

    @GetMapping("/stats")
    SimulatorStats.Snapshot stats() {
        return stats.snapshot(store.size(), dispatcher.pending());
    }

    @ExceptionHandler
    ProblemDetail invalidKnob(IllegalArgumentException error) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, error.getMessage());
    }
}

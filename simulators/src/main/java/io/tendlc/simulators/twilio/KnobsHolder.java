package io.tendlc.simulators.twilio;

/** The current {@link SimulatorKnobs}, read on every request and swapped whole by the config endpoint. */
final class KnobsHolder {

    private final SimulatorKnobs initial;
    private volatile SimulatorKnobs current;

    KnobsHolder(SimulatorKnobs initial) {
        this.initial = initial;
        this.current = initial;
    }

    SimulatorKnobs get() {
        return current;
    }

    SimulatorKnobs update(SimulatorKnobs.KnobsUpdate update) {
        synchronized (this) {
            current = current.with(update);
            return current;
        }
    }

    /** Back to the start-up configuration, so one fault test cannot leak into the next. */
    SimulatorKnobs reset() {
        current = initial;
        return current;
    }
}

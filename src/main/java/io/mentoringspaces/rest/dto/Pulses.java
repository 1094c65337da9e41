package io.mentoringspaces.rest.dto;

import java.math.BigDecimal;

/** Average pulses in JSON: a number with one decimal (4.3), or nothing without pulses. */
final class Pulses {

    private Pulses() {
    }

    /** The average as written ({@code 4.3}) as a number; null for null. */
    static BigDecimal decimal(String average) {
        return average == null ? null : new BigDecimal(average);
    }
}

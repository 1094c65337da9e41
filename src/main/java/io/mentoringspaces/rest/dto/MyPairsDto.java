package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The user's pairs, most urgent first. */
public class MyPairsDto {

    private final List<MyPairDto> pairs;

    public MyPairsDto(List<MyPairDto> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    @JsonProperty
    public List<MyPairDto> getPairs() {
        return pairs;
    }
}

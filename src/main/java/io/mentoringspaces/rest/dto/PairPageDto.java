package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A page of a programme's pairs: how many match in all, where the page starts, its size and its pairs. */
public class PairPageDto {

    private final int total;
    private final int start;
    private final int limit;
    private final List<PairDto> pairs;

    public PairPageDto(int total, int start, int limit, List<PairDto> pairs) {
        this.total = total;
        this.start = start;
        this.limit = limit;
        this.pairs = List.copyOf(pairs);
    }

    @JsonProperty
    public int getTotal() {
        return total;
    }

    @JsonProperty
    public int getStart() {
        return start;
    }

    @JsonProperty
    public int getLimit() {
        return limit;
    }

    @JsonProperty
    public List<PairDto> getPairs() {
        return pairs;
    }
}

package io.mentoringspaces.model;

import java.util.List;

/** One page of a programme's pairs: the rows and how many pairs match the query in all. */
public record PairPage(List<PairRow> rows, int total, int start, int limit) {

    public PairPage {
        rows = List.copyOf(rows);
    }
}

package dev.jamfpro.sdk.pro;

import java.util.List;

/**
 * One page of a paged operation.
 *
 * @param <T> the record type
 */
public final class Page<T> {
    private final int page;
    private final int pageSize;
    private final long totalCount;
    private final List<T> results;

    /**
     * One page of a run.
     *
     * @param page the zero-based page number, in units of {@code pageSize}
     * @param pageSize the page size of the run
     * @param totalCount the server's {@code totalCount} (-1 if it sent none)
     * @param results the records, in server order
     */
    public Page(int page, int pageSize, long totalCount, List<T> results) {
        this.page = page;
        this.pageSize = pageSize;
        this.totalCount = totalCount;
        this.results = results == null ? List.of() : java.util.Collections.unmodifiableList(results);
    }

    /**
     * The zero-based page number, in units of {@link #pageSize()}: the query's page size, unless the
     * server clamped it, in which case pages are numbered in the size it served.
     *
     * @return the zero-based page number, in units of {@link #pageSize()}
     */
    public int page() {
        return page;
    }

    /**
     * {@return the page size of the run: as asked, or the size the server really serves when it clamped or ignored it}
     */
    public int pageSize() {
        return pageSize;
    }

    /** {@return the server's {@code totalCount} on this page (-1 if it sent none)} */
    public long totalCount() {
        return totalCount;
    }

    /** {@return the records, in server order; unmodifiable} */
    public List<T> results() {
        return results;
    }

    @Override
    public String toString() {
        return "Page{page=" + page + ", pageSize=" + pageSize + ", totalCount=" + totalCount
                + ", results=" + results.size() + " records}";
    }
}

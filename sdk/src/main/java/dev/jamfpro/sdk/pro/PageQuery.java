package dev.jamfpro.sdk.pro;

import dev.jamfpro.sdk.pro.query.FilterExpression;
import dev.jamfpro.sdk.pro.query.SortExpression;

/**
 * Which pages of a paged Pro API operation to fetch, how large, sorted and filtered how.
 *
 * <pre>{@code
 * PageQuery query = PageQuery.builder()
 *         .pageSize(500)
 *         .sort(SortField.of("general.name").asc())
 *         .filter(FilterField.of("general.platform").eq("Mac"))
 *         .build();
 * }</pre>
 */
public final class PageQuery {
    /** The largest page Jamf Pro serves; larger requests are silently clamped by the server. */
    public static final int MAX_PAGE_SIZE = 2000;
    /** Records per page unless set. */
    public static final int DEFAULT_PAGE_SIZE = 100;
    private static final PageQuery DEFAULTS = builder().build();

    private final int startPage;
    private final Integer endPage;
    private final int pageSize;
    private final SortExpression sort;
    private final FilterExpression filter;

    private PageQuery(Builder b) {
        this.startPage = b.startPage;
        this.endPage = b.endPage;
        this.pageSize = b.pageSize;
        this.sort = b.sort;
        this.filter = b.filter;
    }

    /** {@return every page, 100 records each, the server's default order, no filter} */
    public static PageQuery defaults() {
        return DEFAULTS;
    }

    /** {@return a builder holding the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this query's values} */
    public Builder toBuilder() {
        return new Builder().startPage(startPage).endPage(endPage).pageSize(pageSize).sort(sort).filter(filter);
    }

    /** {@return the first page fetched, zero-based (default 0)} */
    public int startPage() {
        return startPage;
    }

    /** {@return the last page fetched, inclusive; null (default) for every page to the end}. 0 means page 0 only. */
    public Integer endPage() {
        return endPage;
    }

    /**
     * Records per page, 1 to 2000 (default 100).
     *
     * @return the page size
     */
    public int pageSize() {
        return pageSize;
    }

    /** {@return the sort, or null for the server's default order} */
    public SortExpression sort() {
        return sort;
    }

    /** {@return the RSQL filter, or null for none} */
    public FilterExpression filter() {
        return filter;
    }

    @Override
    public String toString() {
        return "PageQuery{startPage=" + startPage + ", endPage=" + endPage + ", pageSize=" + pageSize
                + ", sort=" + sort + ", filter=" + filter + '}';
    }

    /** Builder of {@link PageQuery}. */
    public static final class Builder {
        private int startPage;
        private Integer endPage;
        private int pageSize = DEFAULT_PAGE_SIZE;
        private SortExpression sort;
        private FilterExpression filter;

        private Builder() {
        }

        /**
         * The first page to fetch.
         *
         * @param startPage the first page, zero-based
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder startPage(int startPage) {
            if (startPage < 0) {
                throw new IllegalArgumentException("startPage must be 0 or more, got " + startPage);
            }
            this.startPage = startPage;
            return this;
        }

        /**
         * The last page to fetch.
         *
         * @param endPage the last page, inclusive, or null for every page to the end
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder endPage(Integer endPage) {
            if (endPage != null && endPage < 0) {
                throw new IllegalArgumentException("endPage must be 0 or more (or null for all pages), got " + endPage);
            }
            this.endPage = endPage;
            return this;
        }

        /**
         * Records per page; Jamf may serve fewer, which the run notices.
         *
         * @param pageSize records per page
         * @return this builder
         * @throws IllegalArgumentException if outside 1..2000
         */
        public Builder pageSize(int pageSize) {
            if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE
                        + " (Jamf Pro serves at most " + MAX_PAGE_SIZE + " per page), got " + pageSize);
            }
            this.pageSize = pageSize;
            return this;
        }

        /**
         * The order of the records.
         *
         * @param sort the order, or null for the server's default
         * @return this builder
         */
        public Builder sort(SortExpression sort) {
            this.sort = sort;
            return this;
        }

        /**
         * Which records to fetch.
         *
         * @param filter the RSQL filter, or null for every record
         * @return this builder
         */
        public Builder filter(FilterExpression filter) {
            this.filter = filter;
            return this;
        }

        /**
         * Checks the pages asked for and builds the query.
         *
         * @return the query
         * @throws IllegalArgumentException if {@code endPage} is before {@code startPage}
         */
        public PageQuery build() {
            if (endPage != null && endPage < startPage) {
                throw new IllegalArgumentException("endPage (" + endPage + ") is before startPage (" + startPage + ")");
            }
            return new PageQuery(this);
        }
    }
}

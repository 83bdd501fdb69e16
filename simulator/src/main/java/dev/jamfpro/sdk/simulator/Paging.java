package dev.jamfpro.sdk.simulator;

/**
 * The page a paged request asks for: zero-based {@code page}, {@code page-size} (default 100) silently
 * clamped to the most a page holds, as Jamf does.
 */
record Paging(int page, int size) {
    /** The paging of {@code request}; throws what Jamf answers with a 400 for a bad value. */
    static Paging of(SimRequest request, int maxPageSize) {
        int page;
        int size;
        try {
            page = request.intParam("page", 0);
            size = request.intParam("page-size", 100);
        } catch (NumberFormatException e) {
            throw new InventoryQuery.InvalidQueryException("INVALID_FIELD", "page", e.getMessage());
        }
        if (page < 0) {
            throw new InventoryQuery.InvalidQueryException("INVALID_FIELD", "page", "page must be 0 or more");
        }
        if (size < 1) {
            throw new InventoryQuery.InvalidQueryException("INVALID_FIELD", "page-size", "page-size must be 1 or more");
        }
        return new Paging(page, Math.min(size, maxPageSize));
    }

    /** Index of the page's first record. */
    long from() {
        return (long) page * size;
    }
}

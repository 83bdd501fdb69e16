package dev.jamfpro.sdk.classic;

/**
 * One Classic resource as the tests see it (from {@link ClassicIndex}).
 *
 * @param path the collection path under {@code /JSSResource/}
 * @param root the single document's root element (null when the resource has none)
 * @param listElement the list document's root (null when none)
 * @param itemElement a list entry's element
 * @param type the single model
 * @param itemType the list entry model
 */
record ClassicResource<T, I>(String path, String root, String listElement, String itemElement, Class<T> type,
                             Class<I> itemType) {
}

package dev.jamfpro.sdk.classic;

import java.util.function.UnaryOperator;

/**
 * What {@link ClassicApi} needs to know about one Classic resource. Adding a resource is a model
 * class, one of these, and the methods that use it.
 *
 * @param path the collection path under {@code /JSSResource/}, for example {@code computergroups}
 * @param listElement the list document's root, for example {@code computer_groups}
 * @param itemElement a list entry's element, for example {@code computer_group}
 * @param type the full model ({@code @XmlRootElement} names the single document's root)
 * @param itemType the list entry model
 * @param beforeWrite applied to the XML of a create or update (identity for most resources)
 */
record ClassicResource<T, I>(String path, String listElement, String itemElement, Class<T> type, Class<I> itemType,
                             UnaryOperator<String> beforeWrite) {

    static <T, I> ClassicResource<T, I> of(String path, String listElement, String itemElement, Class<T> type,
                                           Class<I> itemType) {
        return new ClassicResource<>(path, listElement, itemElement, type, itemType, UnaryOperator.identity());
    }
}

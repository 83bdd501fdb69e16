package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlTransient;
import java.util.ArrayList;
import java.util.List;

/**
 * A Classic list element such as {@code <computers><size>2</size><computer>…</computer>…</computers>}:
 * the optional {@code <size>} and the items, in document order. Other children of the list element
 * are kept like any unknown element. Subclasses name the item element.
 *
 * <p>{@code size} is what Jamf sent; it is not recomputed when items change (Jamf ignores it on
 * writes), and it is written only when set.
 *
 * @param <T> the item model
 */
@XmlTransient
@XmlAccessorType(XmlAccessType.FIELD)
public abstract class ClassicList<T> extends ClassicElement {
    private Integer size;

    /** {@return the {@code <size>} Jamf sent, or null} */
    public Integer getSize() {
        return size;
    }

    /**
     * Sets the {@code <size>} element.
     *
     * @param size the value; {@code null} leaves it out of what is sent
     */
    public void setSize(Integer size) {
        this.size = size;
    }

    /** {@return the items, in document order: a live, mutable list (empty, never null)} */
    public abstract List<T> getItems();

    /**
     * Replaces the items (null or empty: none).
     *
     * @param items the value; {@code null} leaves it out of what is sent
     */
    public abstract void setItems(List<T> items);

    /**
     * What {@link #getItems()} hands out: the list itself, made on first use, so callers can add to
     * it. (Subclasses hold the field, because JAXB names the item element on it.)
     *
     * @param <T> the item type
     * @param items the field's value, possibly null
     * @return the list to hand out, never null
     */
    static <T> List<T> live(List<T> items) {
        return items == null ? new ArrayList<>() : items;
    }

    /** What {@link #setItems(List)} stores: a copy, or null, which JAXB leaves out of the document. */
    static <T> List<T> copy(List<T> items) {
        return items == null ? null : new ArrayList<>(items);
    }
}

package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;

/** The {@code <criteria>} of a smart group or advanced search: {@code <size>} and {@code <criterion>} items. */
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicCriteria extends ClassicList<ClassicCriterion> {
    @XmlElement(name = "criterion")
    private List<ClassicCriterion> items;

    /** An empty one, to fill in with the setters. */
    public ClassicCriteria() {
    }

    /**
     * One holding a copy of {@code items}.
     *
     * @param items the items
     */
    public ClassicCriteria(List<ClassicCriterion> items) {
        setItems(items);
    }

    @Override
    public List<ClassicCriterion> getItems() {
        return items = live(items);
    }

    @Override
    public void setItems(List<ClassicCriterion> items) {
        this.items = copy(items);
    }
}

package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/**
 * One {@code <criterion>} of a smart group or advanced search, for example
 * {@code Operating System | not like | server}.
 */
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicCriterion extends ClassicElement {
    private String name;
    private Integer priority;
    @XmlElement(name = "and_or")
    private String andOr;
    @XmlElement(name = "search_type")
    private String searchType;
    private String value;
    @XmlElement(name = "opening_paren")
    private Boolean openingParen;
    @XmlElement(name = "closing_paren")
    private Boolean closingParen;

    public ClassicCriterion() {
    }

    /** A criterion with its field name, search type ({@code is}, {@code like}, …) and value. */
    public ClassicCriterion(String name, String searchType, String value) {
        this.name = name;
        this.searchType = searchType;
        this.value = value;
    }

    /** The inventory field, for example {@code Last Inventory Update}. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Position among the criteria, from 0. */
    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    /** {@code and} or {@code or}, joining this criterion to the previous one. */
    public String getAndOr() {
        return andOr;
    }

    public void setAndOr(String andOr) {
        this.andOr = andOr;
    }

    /** For example {@code is}, {@code like}, {@code more than x days ago}. */
    public String getSearchType() {
        return searchType;
    }

    public void setSearchType(String searchType) {
        this.searchType = searchType;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public Boolean getOpeningParen() {
        return openingParen;
    }

    public void setOpeningParen(Boolean openingParen) {
        this.openingParen = openingParen;
    }

    public Boolean getClosingParen() {
        return closingParen;
    }

    public void setClosingParen(Boolean closingParen) {
        this.closingParen = closingParen;
    }
}

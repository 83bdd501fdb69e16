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

    /** An empty one, to fill in with the setters. */
    public ClassicCriterion() {
    }

    /**
     * A criterion with its field name, search type ({@code is}, {@code like}, …) and value.
     *
     * @param name the name
     * @param searchType the search type
     * @param value the value searched for
     */
    public ClassicCriterion(String name, String searchType, String value) {
        this.name = name;
        this.searchType = searchType;
        this.value = value;
    }

    /** {@return the inventory field, for example {@code Last Inventory Update}} */
    public String getName() {
        return name;
    }

    /**
     * Sets the {@code <name>} element.
     *
     * @param name the value; {@code null} leaves it out of what is sent
     */
    public void setName(String name) {
        this.name = name;
    }

    /**
     * Position among the criteria, from 0.
     *
     * @return the value, or {@code null} when Jamf did not send it
     */
    public Integer getPriority() {
        return priority;
    }

    /**
     * Sets the {@code <priority>} element.
     *
     * @param priority the value; {@code null} leaves it out of what is sent
     */
    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    /**
     * {@code and} or {@code or}, joining this criterion to the previous one.
     *
     * @return the value, or {@code null} when Jamf did not send it
     */
    public String getAndOr() {
        return andOr;
    }

    /**
     * Sets the {@code <and_or>} element.
     *
     * @param andOr the value; {@code null} leaves it out of what is sent
     */
    public void setAndOr(String andOr) {
        this.andOr = andOr;
    }

    /**
     * For example {@code is}, {@code like}, {@code more than x days ago}.
     *
     * @return the value, or {@code null} when Jamf did not send it
     */
    public String getSearchType() {
        return searchType;
    }

    /**
     * Sets the {@code <search_type>} element.
     *
     * @param searchType the value; {@code null} leaves it out of what is sent
     */
    public void setSearchType(String searchType) {
        this.searchType = searchType;
    }

    /** {@return the {@code <value>} element} */
    public String getValue() {
        return value;
    }

    /**
     * Sets the {@code <value>} element.
     *
     * @param value the value; {@code null} leaves it out of what is sent
     */
    public void setValue(String value) {
        this.value = value;
    }

    /** {@return the {@code <opening_paren>} element} */
    public Boolean getOpeningParen() {
        return openingParen;
    }

    /**
     * Sets the {@code <opening_paren>} element.
     *
     * @param openingParen the value; {@code null} leaves it out of what is sent
     */
    public void setOpeningParen(Boolean openingParen) {
        this.openingParen = openingParen;
    }

    /** {@return the {@code <closing_paren>} element} */
    public Boolean getClosingParen() {
        return closingParen;
    }

    /**
     * Sets the {@code <closing_paren>} element.
     *
     * @param closingParen the value; {@code null} leaves it out of what is sent
     */
    public void setClosingParen(Boolean closingParen) {
        this.closingParen = closingParen;
    }
}

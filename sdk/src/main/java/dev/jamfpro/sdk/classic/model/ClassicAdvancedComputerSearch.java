package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/**
 * A Classic API {@code <advanced_computer_search>}: criteria, display fields, and (when read) the
 * matching computers. A result's display-field values are elements named after the field
 * ({@code <Computer_Name>}); read them with {@code getOtherElement("Computer_Name")}.
 */
@XmlRootElement(name = "advanced_computer_search")
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicAdvancedComputerSearch extends ClassicElement {
    private Integer id;
    private String name;
    @XmlElement(name = "view_as")
    private String viewAs;
    @XmlElement(name = "sort_1")
    private String sort1;
    @XmlElement(name = "sort_2")
    private String sort2;
    @XmlElement(name = "sort_3")
    private String sort3;
    private ClassicCriteria criteria;
    @XmlElement(name = "display_fields")
    private DisplayFields displayFields;
    private Computers computers;
    private ClassicReference site;

    /** {@return the {@code <id>} element} */
    public Integer getId() {
        return id;
    }

    /**
     * Sets the {@code <id>} element.
     *
     * @param id the value; {@code null} leaves it out of what is sent
     */
    public void setId(Integer id) {
        this.id = id;
    }

    /** {@return the {@code <name>} element} */
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
     * For example {@code Standard Web Page}.
     *
     * @return the value, or {@code null} when Jamf did not send it
     */
    public String getViewAs() {
        return viewAs;
    }

    /**
     * Sets the {@code <view_as>} element.
     *
     * @param viewAs the value; {@code null} leaves it out of what is sent
     */
    public void setViewAs(String viewAs) {
        this.viewAs = viewAs;
    }

    /** {@return the {@code <sort_1>} element} */
    public String getSort1() {
        return sort1;
    }

    /**
     * Sets the {@code <sort_1>} element.
     *
     * @param sort1 the value; {@code null} leaves it out of what is sent
     */
    public void setSort1(String sort1) {
        this.sort1 = sort1;
    }

    /** {@return the {@code <sort_2>} element} */
    public String getSort2() {
        return sort2;
    }

    /**
     * Sets the {@code <sort_2>} element.
     *
     * @param sort2 the value; {@code null} leaves it out of what is sent
     */
    public void setSort2(String sort2) {
        this.sort2 = sort2;
    }

    /** {@return the {@code <sort_3>} element} */
    public String getSort3() {
        return sort3;
    }

    /**
     * Sets the {@code <sort_3>} element.
     *
     * @param sort3 the value; {@code null} leaves it out of what is sent
     */
    public void setSort3(String sort3) {
        this.sort3 = sort3;
    }

    /** {@return the {@code <criteria>} element} */
    public ClassicCriteria getCriteria() {
        return criteria;
    }

    /**
     * Sets the {@code <criteria>} element.
     *
     * @param criteria the value; {@code null} leaves it out of what is sent
     */
    public void setCriteria(ClassicCriteria criteria) {
        this.criteria = criteria;
    }

    /** {@return the {@code <display_fields>} element} */
    public DisplayFields getDisplayFields() {
        return displayFields;
    }

    /**
     * Sets the {@code <display_fields>} element.
     *
     * @param displayFields the value; {@code null} leaves it out of what is sent
     */
    public void setDisplayFields(DisplayFields displayFields) {
        this.displayFields = displayFields;
    }

    /** {@return the results (read only)} */
    public Computers getComputers() {
        return computers;
    }

    /**
     * Sets the {@code <computers>} element.
     *
     * @param computers the value; {@code null} leaves it out of what is sent
     */
    public void setComputers(Computers computers) {
        this.computers = computers;
    }

    /** {@return the {@code <site>} element} */
    public ClassicReference getSite() {
        return site;
    }

    /**
     * Sets the {@code <site>} element.
     *
     * @param site the value; {@code null} leaves it out of what is sent
     */
    public void setSite(ClassicReference site) {
        this.site = site;
    }

    /** A {@code <display_field>}: an inventory field shown in the results, by name. */
    @XmlType(name = "ClassicAdvancedComputerSearch.DisplayField")
    public static class DisplayField extends ClassicElement {
        private String name;

        /** {@return the {@code <name>} element} */
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
         * A display field with this name, for example {@code IP Address}.
         *
         * @param name the name
         * @return a display field with this name, for example {@code IP Address}
         */
        public static DisplayField of(String name) {
            DisplayField field = new DisplayField();
            field.setName(name);
            return field;
        }
    }

    /** {@code <display_fields>}: {@code <display_field>} items. */
    @XmlType(name = "ClassicAdvancedComputerSearch.DisplayFields")
    public static class DisplayFields extends ClassicList<DisplayField> {
        @XmlElement(name = "display_field")
        private List<DisplayField> items;

        /** An empty one, to fill in with the setters. */
        public DisplayFields() {
        }

        /**
         * One holding a copy of {@code items}.
         *
         * @param items the items
         */
        public DisplayFields(List<DisplayField> items) {
            setItems(items);
        }

        @Override
        public List<DisplayField> getItems() {
            return items = live(items);
        }

        @Override
        public void setItems(List<DisplayField> items) {
            this.items = copy(items);
        }
    }

    /** A matching computer; display-field values are kept as other elements. */
    @XmlType(name = "ClassicAdvancedComputerSearch.Computer")
    public static class Computer extends ClassicReference {
        private String udid;

        /** An empty one, to fill in with the setters. */
        public Computer() {
        }

        /**
         * A reference by id and name.
         *
         * @param id the Jamf Pro id, or null to leave it out
         * @param name the name, or null to leave it out
         */
        public Computer(Integer id, String name) {
            super(id, name);
        }

        /** {@return the {@code <udid>} element} */
        public String getUdid() {
            return udid;
        }

        /**
         * Sets the {@code <udid>} element.
         *
         * @param udid the value; {@code null} leaves it out of what is sent
         */
        public void setUdid(String udid) {
            this.udid = udid;
        }
    }

    /** {@code <computers>}: {@code <computer>} items. */
    @XmlType(name = "ClassicAdvancedComputerSearch.Computers")
    public static class Computers extends ClassicList<Computer> {
        @XmlElement(name = "computer")
        private List<Computer> items;

        /** An empty one, to fill in with the setters. */
        public Computers() {
        }

        /**
         * One holding a copy of {@code items}.
         *
         * @param items the items
         */
        public Computers(List<Computer> items) {
            setItems(items);
        }

        @Override
        public List<Computer> getItems() {
            return items = live(items);
        }

        @Override
        public void setItems(List<Computer> items) {
            this.items = copy(items);
        }
    }
}

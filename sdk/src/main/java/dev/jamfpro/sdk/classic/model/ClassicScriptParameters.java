package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlTransient;

/**
 * Script parameters 4 to 11 ({@code <parameter4>} ... {@code <parameter11>}): their labels in a
 * script's {@code <parameters>}, their values in a policy's {@code <script>}.
 */
@XmlTransient
@XmlAccessorType(XmlAccessType.FIELD)
public abstract class ClassicScriptParameters extends ClassicElement {
    private String parameter4;
    private String parameter5;
    private String parameter6;
    private String parameter7;
    private String parameter8;
    private String parameter9;
    private String parameter10;
    private String parameter11;

    /** {@return the {@code <parameter4>} element} */
    public String getParameter4() {
        return parameter4;
    }

    /**
     * Sets the {@code <parameter4>} element.
     *
     * @param parameter4 the value; {@code null} leaves it out of what is sent
     */
    public void setParameter4(String parameter4) {
        this.parameter4 = parameter4;
    }

    /** {@return the {@code <parameter5>} element} */
    public String getParameter5() {
        return parameter5;
    }

    /**
     * Sets the {@code <parameter5>} element.
     *
     * @param parameter5 the value; {@code null} leaves it out of what is sent
     */
    public void setParameter5(String parameter5) {
        this.parameter5 = parameter5;
    }

    /** {@return the {@code <parameter6>} element} */
    public String getParameter6() {
        return parameter6;
    }

    /**
     * Sets the {@code <parameter6>} element.
     *
     * @param parameter6 the value; {@code null} leaves it out of what is sent
     */
    public void setParameter6(String parameter6) {
        this.parameter6 = parameter6;
    }

    /** {@return the {@code <parameter7>} element} */
    public String getParameter7() {
        return parameter7;
    }

    /**
     * Sets the {@code <parameter7>} element.
     *
     * @param parameter7 the value; {@code null} leaves it out of what is sent
     */
    public void setParameter7(String parameter7) {
        this.parameter7 = parameter7;
    }

    /** {@return the {@code <parameter8>} element} */
    public String getParameter8() {
        return parameter8;
    }

    /**
     * Sets the {@code <parameter8>} element.
     *
     * @param parameter8 the value; {@code null} leaves it out of what is sent
     */
    public void setParameter8(String parameter8) {
        this.parameter8 = parameter8;
    }

    /** {@return the {@code <parameter9>} element} */
    public String getParameter9() {
        return parameter9;
    }

    /**
     * Sets the {@code <parameter9>} element.
     *
     * @param parameter9 the value; {@code null} leaves it out of what is sent
     */
    public void setParameter9(String parameter9) {
        this.parameter9 = parameter9;
    }

    /** {@return the {@code <parameter10>} element} */
    public String getParameter10() {
        return parameter10;
    }

    /**
     * Sets the {@code <parameter10>} element.
     *
     * @param parameter10 the value; {@code null} leaves it out of what is sent
     */
    public void setParameter10(String parameter10) {
        this.parameter10 = parameter10;
    }

    /** {@return the {@code <parameter11>} element} */
    public String getParameter11() {
        return parameter11;
    }

    /**
     * Sets the {@code <parameter11>} element.
     *
     * @param parameter11 the value; {@code null} leaves it out of what is sent
     */
    public void setParameter11(String parameter11) {
        this.parameter11 = parameter11;
    }
}

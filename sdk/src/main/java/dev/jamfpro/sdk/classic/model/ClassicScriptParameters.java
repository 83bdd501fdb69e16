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

    public String getParameter4() {
        return parameter4;
    }

    public void setParameter4(String parameter4) {
        this.parameter4 = parameter4;
    }

    public String getParameter5() {
        return parameter5;
    }

    public void setParameter5(String parameter5) {
        this.parameter5 = parameter5;
    }

    public String getParameter6() {
        return parameter6;
    }

    public void setParameter6(String parameter6) {
        this.parameter6 = parameter6;
    }

    public String getParameter7() {
        return parameter7;
    }

    public void setParameter7(String parameter7) {
        this.parameter7 = parameter7;
    }

    public String getParameter8() {
        return parameter8;
    }

    public void setParameter8(String parameter8) {
        this.parameter8 = parameter8;
    }

    public String getParameter9() {
        return parameter9;
    }

    public void setParameter9(String parameter9) {
        this.parameter9 = parameter9;
    }

    public String getParameter10() {
        return parameter10;
    }

    public void setParameter10(String parameter10) {
        this.parameter10 = parameter10;
    }

    public String getParameter11() {
        return parameter11;
    }

    public void setParameter11(String parameter11) {
        this.parameter11 = parameter11;
    }
}

/**
 * JAXB models of the Classic API. Every model keeps the elements and attributes it has no field for
 * ({@link dev.jamfpro.sdk.classic.model.ClassicElement}) and writes only the fields that are set.
 *
 * <p>{@code Integer} and {@code Boolean} fields are read strictly: a value that would not be written
 * back exactly ({@code <id/>}, {@code <flag>1</flag>}) fails the read instead of turning silently into
 * {@code 0} or null. Fields where Jamf sends empty or free-form values are {@code String}s.
 */
@XmlJavaTypeAdapters({
        @XmlJavaTypeAdapter(value = StrictIntegerAdapter.class, type = Integer.class),
        @XmlJavaTypeAdapter(value = StrictBooleanAdapter.class, type = Boolean.class)
})
package dev.jamfpro.sdk.classic.model;

import dev.jamfpro.sdk.internal.xml.StrictBooleanAdapter;
import dev.jamfpro.sdk.internal.xml.StrictIntegerAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapters;

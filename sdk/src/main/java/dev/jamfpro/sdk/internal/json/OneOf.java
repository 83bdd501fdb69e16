package dev.jamfpro.sdk.internal.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a generated {@code oneOf} interface: which member of the JSON object names the option
 * (the discriminator), the class of each option, and the class that holds an object whose option
 * this SDK does not know. Read by {@link ProModelAdapters}; generated, never written by hand.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OneOf {
    /** The JSON name of the discriminator, for example {@code commandType}. */
    String discriminator();

    /** Every option the document maps, with its discriminator value. */
    Option[] options();

    /** The class read when the discriminator is missing or names no option. */
    Class<?> unknown();

    /** One option: its discriminator value and its class. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Option {
        /** The discriminator value, for example {@code ERASE_DEVICE}. */
        String value();

        /** The generated class of this option. */
        Class<?> type();
    }
}

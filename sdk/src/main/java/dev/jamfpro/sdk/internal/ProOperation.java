package dev.jamfpro.sdk.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What Jamf's OpenAPI document says about the operation behind a generated Pro API method, put on
 * every generated method by the generator and read once per method and client by the call adapter:
 * the privileges a 403 names, and the deprecation a call warns about.
 *
 * <p>Generated code only; users never write it. Values are quoted from the document the SDK was
 * generated from (Jamf renames privileges between versions).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ProOperation {
    /** The operation as the document names it: the HTTP method and path, {@code GET /v1/buildings/{id}}. */
    String value();

    /** The document's {@code x-required-privileges}, in its order; empty when it lists none. */
    String[] privileges() default {};

    /** True when the document marks the operation {@code deprecated}. */
    boolean deprecated() default false;

    /** The document's {@code x-deprecation-date} (for example {@code 2025-08-28}); empty when none. */
    String deprecationDate() default "";

    /**
     * The operation that replaces a deprecated one: the same method and path under the newest
     * version that is not deprecated ({@code GET /v4/computers-inventory} for {@code GET
     * /v1/computers-inventory}); empty when the document has none.
     */
    String successor() default "";

    /** The generated method of {@link #successor()}; empty when there is none. */
    String successorMethod() default "";
}

package uk.foitracker.idempotency;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks an API write that honours an {@code Idempotency-Key} header: the response is stored with
 * the write, in its transaction, and a retry with the same key and body gets it back without
 * writing again (see {@link IdempotencyFilters}, {@link IdempotencyInterceptor}).
 */
@InterceptorBinding
@Target({METHOD, TYPE})
@Retention(RUNTIME)
public @interface Idempotent {}

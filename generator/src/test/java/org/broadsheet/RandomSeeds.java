package org.broadsheet;

import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

import java.lang.reflect.AnnotatedElement;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * Runs every jqwik property with a fresh random seed when {@code broadsheet.randomSeeds} is true (the
 * {@code random-seeds} run of {@code mvn verify}), whatever seed its annotation fixes: the fixed seeds keep
 * the everyday run repeatable, the random ones keep searching. A failure prints the seed to repeat it with;
 * every failure found becomes an example of its own. The examples ({@code @Example}), which have no seed, run in
 * the everyday run alone. Registered for all properties in {@code META-INF/services}.
 */
public final class RandomSeeds implements AroundPropertyHook, SkipExecutionHook {

    private static final SecureRandom SEEDS = new SecureRandom();

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public boolean appliesTo(Optional<AnnotatedElement> element) {
        return true;
    }

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        return Boolean.getBoolean("broadsheet.randomSeeds") && context.findAnnotation(Example.class).isPresent()
                ? SkipResult.skip("an example has no seed to vary: the everyday run ran it")
                : SkipResult.doNotSkip();
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        if (Boolean.getBoolean("broadsheet.randomSeeds") && context.attributes().tries().orElse(1) > 1) {
            context.attributes().setSeed(Long.toString(SEEDS.nextLong()));
            context.attributes().setAfterFailure(AfterFailureMode.RANDOM_SEED);
        }
        return property.execute();
    }
}

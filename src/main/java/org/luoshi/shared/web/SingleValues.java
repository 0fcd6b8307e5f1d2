package org.luoshi.shared.web;

import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A query or form parameter that takes one value and is sent twice (?name=a&name=b) is refused; Spring would
 * otherwise join the values with a comma ("a,b") or keep the first. Lists take as many values as sent.
 * The refusal is a type mismatch, which WrongValues words as "只能填写一次".
 */
@Configuration(proxyBeanMethods = false)
class SingleValues implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        if (registry instanceof ConversionService conversions) {
            registry.addConverter(new OneOf(conversions));
        }
    }

    /** Takes over String[] to any single value: one element is converted as itself, more are refused. */
    static final class OneOf implements ConditionalGenericConverter {

        private static final TypeDescriptor TEXT = TypeDescriptor.valueOf(String.class);
        private final ConversionService conversions;

        OneOf(ConversionService conversions) {
            this.conversions = conversions;
        }

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(String[].class, Object.class));
        }

        @Override
        public boolean matches(TypeDescriptor source, TypeDescriptor target) {
            return !target.isArray() && !target.isCollection() && !target.isMap() && target.getType() != Object.class;
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            String[] values = (String[]) source;
            if (values == null || values.length == 0) {
                return null;
            }
            if (values.length > 1) {
                throw new IllegalArgumentException("one value expected, " + values.length + " given");
            }
            return conversions.convert(values[0], TEXT, targetType);
        }
    }
}

package dev.notionsetup.notion;

import dev.notionsetup.token.Secret;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * The one redaction of server text: every string in a value the client built from an answer (a bot's name,
 * a page or database title, an id, a request id, whatever record a later call returns) with any echo of the
 * token replaced by "[token]" ({@link NotionClient#redact}). A page called "API keys: ntn_…" must not get the
 * token printed by {@code --check-access}, {@code --database}, the wizard or {@code --json}.
 *
 * <p>It works on the finished value rather than on the JSON, because that is where the parts of a title are
 * joined and sanitized: a token split over several rich-text parts, or broken up by zero-width characters the
 * sanitizer removes, only becomes whole there. It walks records, lists and strings generically, so a record
 * added for a new endpoint is covered without anyone remembering to.
 */
final class TokenEchoes {
    private TokenEchoes() {
    }

    /** {@code value} with the token removed from every string it holds; values holding none are returned as-is. */
    @SuppressWarnings("unchecked")
    static <T> T removed(T value, Secret token) {
        if (token == null) {
            return value;
        }
        return (T) walk(value, token);
    }

    private static Object walk(Object value, Secret token) {
        if (value instanceof String text) {
            return NotionClient.redact(text, token);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            boolean changed = false;
            for (Object element : list) {
                Object walked = walk(element, token);
                changed |= walked != element;
                out.add(walked);
            }
            return changed ? List.copyOf(out) : list;
        }
        if (value instanceof Record record) {
            return walkRecord(record, token);
        }
        return value; // numbers, booleans, enums, null: nothing a server could write a token into
    }

    private static Object walkRecord(Record record, Secret token) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean changed = false;
        try {
            for (int i = 0; i < components.length; i++) {
                var accessor = components[i].getAccessor();
                accessor.setAccessible(true);
                Object original = accessor.invoke(record);
                values[i] = walk(original, token);
                types[i] = components[i].getType();
                changed |= values[i] != original;
            }
            if (!changed) {
                return record;
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException) {
                // The record refused the redacted value: an id with "[token]" in it is no longer an id.
                throw NotionObjects.NotAnId.echoingTheToken();
            }
            throw new IllegalStateException("cannot redact " + record.getClass().getSimpleName(), e);
        } catch (ReflectiveOperationException e) {
            // Our own records in this package: reachable by construction. Failing closed beats printing.
            throw new IllegalStateException("cannot redact " + record.getClass().getSimpleName(), e);
        }
    }
}

package org.luoshi.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations of an OpenAPI document with their inputs, flattened: path, query and header parameters (a query
 * parameter documented as an object, such as a search form, is its properties, as Spring binds it), the top-level
 * fields of a JSON body, and the text fields and files of a multipart body.
 */
final class ApiSpec {

    enum In { PATH, QUERY, HEADER, BODY, PART, FILE }

    /** An input: where it goes, its name, and its (resolved) JSON schema. */
    record Field(In in, String name, Map<String, Object> schema, boolean required) {

        Field(In in, String name, Map<String, Object> schema) {
            this(in, name, schema, false);
        }

        String type() {
            return String.valueOf(schema.get("type"));
        }

        String format() {
            return String.valueOf(schema.get("format"));
        }

        boolean isEnum() {
            return schema.get("enum") instanceof List;
        }

        @SuppressWarnings("unchecked")
        List<Object> enumValues() {
            return (List<Object>) schema.get("enum");
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> items() {
            return schema.get("items") instanceof Map<?, ?> items ? (Map<String, Object>) items : Map.of();
        }
    }

    record Operation(String method, String path, List<Field> fields, List<String> pathParameters, boolean jsonBody,
            boolean multipart) {
    }

    private final Map<String, Object> document;

    private ApiSpec(Map<String, Object> document) {
        this.document = document;
    }

    @SuppressWarnings("unchecked")
    static List<Operation> read(String json) {
        ApiSpec spec = new ApiSpec(JsonMapper.builder().build().readValue(json, Map.class));
        List<Operation> operations = new ArrayList<>();
        spec.map(spec.document, "paths").forEach((path, item) -> ((Map<String, Object>) item).forEach(
                (method, operation) -> operations.add(spec.operation(method.toUpperCase(), path,
                        (Map<String, Object>) operation))));
        return operations;
    }

    @SuppressWarnings("unchecked")
    private Operation operation(String method, String path, Map<String, Object> operation) {
        List<Field> fields = new ArrayList<>();
        List<String> pathParameters = new ArrayList<>();
        for (Object raw : list(operation, "parameters")) {
            Map<String, Object> parameter = (Map<String, Object>) raw;
            String name = (String) parameter.get("name");
            Map<String, Object> schema = resolve(map(parameter, "schema"));
            String where = ((String) parameter.get("in")).toUpperCase();
            if (where.equals("COOKIE")) {
                continue;
            }
            In in = In.valueOf(where);
            if (in == In.PATH) {
                pathParameters.add(name);
            }
            if (in == In.QUERY && "object".equals(schema.get("type")) && schema.get("properties") != null) {
                map(schema, "properties").forEach((property, propertySchema) -> fields.add(
                        new Field(In.QUERY, property, resolve((Map<String, Object>) propertySchema))));
            } else {
                fields.add(new Field(in, name, schema, Boolean.TRUE.equals(parameter.get("required"))));
            }
        }
        Map<String, Object> content = map(map(operation, "requestBody"), "content");
        boolean json = content.containsKey("application/json");
        boolean multipart = content.containsKey("multipart/form-data");
        Map<String, Object> bodySchema = json ? resolve(map(map(content, "application/json"), "schema"))
                : multipart ? resolve(map(map(content, "multipart/form-data"), "schema")) : Map.of();
        map(bodySchema, "properties").forEach((property, propertySchema) -> {
            Map<String, Object> schema = resolve((Map<String, Object>) propertySchema);
            In in = json ? In.BODY : "binary".equals(schema.get("format")) ? In.FILE : In.PART;
            fields.add(new Field(in, property, schema));
        });
        return new Operation(method, path, fields, pathParameters, json, multipart);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref instanceof String reference && reference.startsWith("#/components/schemas/")) {
            return resolve((Map<String, Object>) map(map(document, "components"), "schemas")
                    .get(reference.substring("#/components/schemas/".length())));
        }
        return schema;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return parent != null && parent.get(key) instanceof Map<?, ?> child ? (Map<String, Object>) child : Map.of();
    }

    private static List<?> list(Map<String, Object> parent, String key) {
        return parent.get(key) instanceof List<?> child ? child : List.of();
    }
}

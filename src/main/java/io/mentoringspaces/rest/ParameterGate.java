package io.mentoringspaces.rest;

import io.mentoringspaces.service.InputGate;
import io.mentoringspaces.service.Limits;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * The gate every path and query parameter of a REST request passes once it is matched to a resource
 * method, decoded: its characters pass the {@link InputGate} and it is at most
 * {@link Limits#PARAMETER} characters long (the services hold some to less); a refusal names the
 * parameter.
 */
@Provider
public class ParameterGate implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters());
        check(request.getUriInfo().getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = InputGate.checkName(parameter.getKey());
            for (String value : parameter.getValue()) {
                InputGate.check(name, value, Limits.PARAMETER);
            }
        }
    }
}

package dev.flowsim.emulator.ec2;

import dev.flowsim.emulator.error.AwsException;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The common part of DescribeVpcs, DescribeSubnets and DescribeNetworkInterfaces: ids (every one must exist, as in
 * EC2 [O]), filters, and paging in the topology's order.
 */
final class TopologyQuery {

    private TopologyQuery() {
    }

    static <T> Pages.Page<T> run(Ec2Input in, List<T> all, String idParameter, Function<T, String> idOf,
                                 FlowLogResourceType kind, FilterCatalog<T> catalog) {
        return run(in, all, idParameter, idOf, missing -> Ec2Errors.notFound(kind, missing), catalog);
    }

    /** @param notFound the error for ids that do not exist */
    static <T> Pages.Page<T> run(Ec2Input in, List<T> all, String idParameter, Function<T, String> idOf,
                                 Function<List<String>, AwsException> notFound, FilterCatalog<T> catalog) {
        List<String> ids = in.list(idParameter);
        Predicate<T> filters = catalog.compile(in.filters());
        int pageSize = Pages.pageSize(in);
        List<String> missing = ids.stream()
                .filter(id -> all.stream().noneMatch(t -> idOf.apply(t).equals(id)))
                .distinct().toList();
        if (!missing.isEmpty()) {
            throw notFound.apply(missing);
        }
        if (in.dryRun()) {
            throw Ec2Errors.dryRunOperation();
        }
        List<T> matching = all.stream()
                .filter(t -> ids.isEmpty() || ids.contains(idOf.apply(t)))
                .filter(filters)
                .toList();
        return Pages.page(matching, all::indexOf, pageSize, in.optional("NextToken"));
    }
}

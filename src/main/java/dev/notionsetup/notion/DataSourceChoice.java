package dev.notionsetup.notion;

import java.util.List;
import java.util.Optional;

/**
 * Which data source of a database the first query (and NOTION_DATA_SOURCE_ID) uses. A database read with a
 * version before 2025-09-03 lists none: it is queried directly. One data source is taken as it is; with
 * several, somebody must choose (the wizard asks; a run without a person needs --data-source).
 */
public sealed interface DataSourceChoice {

    /** The database lists no data sources (read with a version before 2025-09-03): query it directly. */
    record NoDataSources() implements DataSourceChoice {
    }

    record Chosen(DataSourceRef dataSource) implements DataSourceChoice {
    }

    /** Several, and none was named: these are the options. */
    record NeedsChoice(List<DataSourceRef> options) implements DataSourceChoice {
        public NeedsChoice {
            options = List.copyOf(options);
        }
    }

    /** A data source was named that this database does not list. */
    record NotInDatabase(String requested, List<DataSourceRef> options) implements DataSourceChoice {
        public NotInDatabase {
            options = List.copyOf(options);
        }
    }

    /** {@code requested} is a data source id as given (any id form), or empty. */
    static DataSourceChoice of(DatabaseInfo database, Optional<String> requested) {
        List<DataSourceRef> sources = database.dataSources();
        if (requested.isPresent()) {
            Optional<String> id = DatabaseId.normalize(requested.get());
            return sources.stream().filter(s -> id.isPresent() && s.id().equals(id.get())).findFirst()
                    .<DataSourceChoice>map(Chosen::new)
                    .orElseGet(() -> new NotInDatabase(requested.get(), sources));
        }
        if (sources.isEmpty()) {
            return new NoDataSources();
        }
        return sources.size() == 1 ? new Chosen(sources.get(0)) : new NeedsChoice(sources);
    }
}

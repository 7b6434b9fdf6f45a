namespace Xinfang.IntegrationTests;

// One contract suite, two providers: every contract class below runs once on SQLite and once on PostgreSQL.

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp>
{
    public const string Name = "SQLite";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp>
{
    public const string Name = "PostgreSQL";
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCaseLifecycleTests(SqliteApp app) : CaseLifecycleContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCaseLifecycleTests(PostgresApp app) : CaseLifecycleContract(app);

[Collection(SqliteCollection.Name)]
public sealed class SqliteCaseInputTests(SqliteApp app) : CaseInputContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCaseInputTests(PostgresApp app) : CaseInputContract(app);

[Collection(SqliteCollection.Name)]
public sealed class SqliteSecurityTests(SqliteApp app) : SecurityContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSecurityTests(PostgresApp app) : SecurityContract(app);

[Collection(SqliteCollection.Name)]
public sealed class SqliteIndicatorTests(SqliteApp app) : IndicatorContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresIndicatorTests(PostgresApp app) : IndicatorContract(app);

[Collection(SqliteCollection.Name)]
public sealed class SqliteAttachmentTests(SqliteApp app) : AttachmentContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAttachmentTests(PostgresApp app) : AttachmentContract(app);

[Collection(SqliteCollection.Name)]
public sealed class SqliteContextPoolTests(SqliteApp app) : ContextPoolContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresContextPoolTests(PostgresApp app) : ContextPoolContract(app);

[Collection(SqliteCollection.Name)]
public sealed class SqliteOpenApiTests(SqliteApp app) : OpenApiContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresOpenApiTests(PostgresApp app) : OpenApiContract(app);

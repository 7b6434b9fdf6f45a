using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Xinfang.Core.Data;

namespace Xinfang.Core.Cases.Persistence;

/// <summary>
/// Writes whole case aggregates fast (binary COPY on PostgreSQL, one prepared statement in one transaction
/// on SQLite) for demo data, load generation and a channel's batch. Column names, conversions and encryption come
/// from the EF model itself, so rows are exactly what SaveChanges would write. No audit line is written here: the
/// caller writes its lines (<see cref="Audit.AuditLines"/>) with <see cref="WriteRowsAsync"/>, or one summary line.
/// Inside the caller's transaction when there is one.
/// </summary>
public sealed class BulkWriter(XinfangDbContext db)
{
    public async Task WriteCasesAsync(IReadOnlyList<Case> cases, CancellationToken ct)
    {
        await WriteAsync(cases.Select(c => Row(c)), ct);
        await WriteAsync(cases.SelectMany(c => c.Petitioners.Select(p => Row(p, c.Id))), ct);
        await WriteAsync(cases.SelectMany(c => c.Units.Select(u => Row(u, c.Id))), ct);
        await WriteAsync(cases.SelectMany(c => c.Events.Select(e => Row(e, c.Id))), ct);
    }

    private static (object Entity, Guid? CaseId) Row(object entity, Guid? caseId = null) => (entity, caseId);

    /// <summary>Rows of one mapped type (a case's child rows with their case's id).</summary>
    public Task WriteRowsAsync(IEnumerable<(object Entity, Guid? CaseId)> rows, CancellationToken ct) => WriteAsync(rows, ct);

    private async Task WriteAsync(IEnumerable<(object Entity, Guid? CaseId)> rows, CancellationToken ct)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(list[0].Entity.GetType())!;
        var table = entityType.GetTableName()!;
        var columns = entityType.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd))
            .Select(p => new Column(p, p.GetColumnName(), p.GetRelationalTypeMapping()))
            .ToList();

        if (db.IsPostgres)
        {
            await CopyAsync(table, columns, list, ct);
        }
        else
        {
            await InsertAsync(table, columns, list, ct);
        }
    }

    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping)
    {
        public object? Value((object Entity, Guid? CaseId) row)
        {
            var value = Property.Name == "CaseId" && row.CaseId is { } caseId ? caseId : Property.GetGetter().GetClrValue(row.Entity);
            return value is null ? null : Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }

    private async Task CopyAsync(string table, List<Column> columns, List<(object, Guid?)> rows, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
            await using var importer = await connection.BeginBinaryImportAsync($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)", ct);
            var types = columns.Select(c => StoreTypeName(c.Property.GetColumnType())).ToList();
            foreach (var row in rows)
            {
                await importer.StartRowAsync(ct);
                for (var i = 0; i < columns.Count; i++)
                {
                    var value = columns[i].Value(row);
                    if (value is null)
                    {
                        await importer.WriteNullAsync(ct);
                    }
                    else
                    {
                        await importer.WriteAsync(value, types[i], ct);
                    }
                }
            }

            await importer.CompleteAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>"character varying(32)" → "character varying": the data type name Npgsql writes.</summary>
    private static string StoreTypeName(string columnType)
    {
        var paren = columnType.IndexOf('(', StringComparison.Ordinal);
        return paren < 0 ? columnType : columnType[..paren];
    }

    private async Task InsertAsync(string table, List<Column> columns, List<(object, Guid?)> rows, CancellationToken ct)
    {
        var outer = db.Database.CurrentTransaction;
        await using var own = outer is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = (outer ?? own)!.GetDbTransaction();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) " +
                              $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = columns.Select((c, i) => c.Mapping.CreateParameter(command, $"@p{i}", null)).ToList();
        command.Parameters.AddRange(parameters.ToArray<DbParameter>());
        await command.PrepareAsync(ct);
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = columns[i].Value(row) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(ct);
        }

        if (own is not null)
        {
            await own.CommitAsync(ct);
        }
    }
}

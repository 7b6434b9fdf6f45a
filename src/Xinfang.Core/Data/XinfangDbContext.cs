using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Data;

/// <summary>The platform's database. Contexts are pooled (see <see cref="XinfangCoreServices"/>): whatever belongs to
/// one request — who acts, the audit's state during a save — is set when a scope rents the context
/// (<see cref="RentedBy"/>), never taken in the constructor.</summary>
public sealed class XinfangDbContext(DbContextOptions<XinfangDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole<int>, int>(options)
{
    private readonly PersonalDataProtector _protector = options.FindExtension<PersonalDataOptionsExtension>()?.Protector
        ?? throw new InvalidOperationException("The context's options have no personal-data key: call UsePersonalDataProtection.");

    private ActorAccessor? _actors;

    public PersonalDataProtector Protector => _protector;

    /// <summary>Who acts in the scope that rented this context (the system when no scope set it, e.g. at design time).</summary>
    public Actor Actor => _actors?.Actor ?? Actor.System;

    internal AuditSaveState AuditState { get; } = new();

    /// <summary>Binds a context taken from the pool to the scope that uses it.</summary>
    internal XinfangDbContext RentedBy(ActorAccessor actors)
    {
        _actors = actors;
        AuditState.Clear();
        return this;
    }

    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored as UTC DateTime on both providers: ordered and compared in SQL alike.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcDateTimeConverter>();
    }

    /// <summary>Each module maps its own entities (an <c>IEntityTypeConfiguration</c> in its Persistence folder, found
    /// here by assembly scan) and names its sets (extension properties on this context); the context knows none of them.</summary>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(XinfangDbContext).Assembly);

        var encrypted = new ValueConverter<string?, string?>(
            plain => plain == null ? null : _protector.Encrypt(plain),
            stored => stored == null ? null : _protector.Decrypt(stored));
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(entity => entity.GetDeclaredProperties()))
        {
            var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            if (type.IsEnum && !type.IsDefined(typeof(FlagsAttribute), inherit: false)
                && property.GetValueConverter() is null && property.GetProviderClrType() is null)
            {
                // Enums are stored by name: readable in SQL, and safe when members are added or reordered. Flags
                // stay numbers (a combination has no single name; RateFacts is filtered by bit in SQL).
                property.SetProviderClrType(typeof(string));
                property.SetMaxLength(property.GetMaxLength() ?? 32);
            }
            else if (property.PropertyInfo?.IsDefined(typeof(EncryptedAtRestAttribute), inherit: false) == true)
            {
                property.SetValueConverter(encrypted);
            }
        }
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTimeOffset, DateTime>(
        value => value.UtcDateTime,
        value => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)));
}

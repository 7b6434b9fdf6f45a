using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Xinfang.Core.Audit;
using Xinfang.Core.Calendar;
using Xinfang.Core.Cases;
using Xinfang.Core.Organisation;

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

    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<CaseUnit> CaseUnits => Set<CaseUnit>();
    public DbSet<Petitioner> Petitioners => Set<Petitioner>();
    public DbSet<CaseNumberSequence> CaseNumberSequences => Set<CaseNumberSequence>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<Cases.Attachments.CaseAttachment> CaseAttachments => Set<Cases.Attachments.CaseAttachment>();
    public DbSet<Cases.Attachments.AttachmentContent> AttachmentContents => Set<Cases.Attachments.AttachmentContent>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Finance.Features.StoredFinalAccounts> StoredFinalAccounts => Set<Finance.Features.StoredFinalAccounts>();
    public DbSet<Performance.Features.StoredPerformanceYear> StoredPerformanceYears => Set<Performance.Features.StoredPerformanceYear>();
    public DbSet<StoredCalendarYear> CalendarYears => Set<StoredCalendarYear>();
    public DbSet<StoredDeadlineSettings> DeadlineSettings => Set<StoredDeadlineSettings>();
    public DbSet<Supervision.KeyIssue> KeyIssues => Set<Supervision.KeyIssue>();
    public DbSet<Supervision.KeyIssueNote> KeyIssueNotes => Set<Supervision.KeyIssueNote>();
    public DbSet<Supervision.KeyIssueCase> KeyIssueCases => Set<Supervision.KeyIssueCase>();
    public DbSet<Supervision.Campaign> Campaigns => Set<Supervision.Campaign>();

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
        StoreAsString<Channel>(configurationBuilder);
        StoreAsString<CaseForm>(configurationBuilder);
        StoreAsString<StatutoryClass>(configurationBuilder);
        StoreAsString<SkipLevel>(configurationBuilder);
        StoreAsString<CaseStatus>(configurationBuilder);
        StoreAsString<Disposal>(configurationBuilder);
        StoreAsString<Satisfaction>(configurationBuilder);
        StoreAsString<UnitRole>(configurationBuilder);
        StoreAsString<ExtensionState>(configurationBuilder);
        StoreAsString<DeadlineStep>(configurationBuilder);
        StoreAsString<UnitKind>(configurationBuilder);
        StoreAsString<RegionKind>(configurationBuilder);
    }

    private static void StoreAsString<TEnum>(ModelConfigurationBuilder builder) where TEnum : struct, Enum
    {
        builder.Properties<TEnum>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<TEnum?>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(XinfangDbContext).Assembly);

        var encrypted = new ValueConverter<string?, string?>(
            plain => plain == null ? null : _protector.Encrypt(plain),
            stored => stored == null ? null : _protector.Decrypt(stored));
        builder.Entity<Petitioner>(petitioner =>
        {
            petitioner.Property(p => p.IdNumber).HasConversion(encrypted).HasMaxLength(200);
            petitioner.Property(p => p.Phone).HasConversion(encrypted).HasMaxLength(200);
            petitioner.Property(p => p.Address).HasConversion(encrypted).HasMaxLength(1000);
        });
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTimeOffset, DateTime>(
        value => value.UtcDateTime,
        value => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)));
}

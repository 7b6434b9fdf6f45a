using Xinfang.Core.Data;

namespace Xinfang.Core.Cases;

/// <summary>A person who brought the matter. ID number, phone, address and e-mail are personal data:
/// encrypted at rest (see Data/PersonalDataProtector) and found again only through keyed hashes.</summary>
public sealed class Petitioner
{
    private Petitioner() { }

    internal Petitioner(PetitionerInfo info, string? idNumberHash, string? phoneHash)
    {
        Name = info.Name;
        IdNumber = info.IdNumber;
        Phone = info.Phone;
        Address = info.Address;
        Email = info.Email;
        IsRepresentative = info.IsRepresentative;
        NoTextMessages = info.NoTextMessages;
        IdNumberHash = idNumberHash;
        PhoneHash = phoneHash;
    }

    public long Id { get; private set; }
    public Guid CaseId { get; private set; }
    public string Name { get; private set; } = "";
    [EncryptedAtRest]
    public string? IdNumber { get; private set; }
    [EncryptedAtRest]
    public string? Phone { get; private set; }
    [EncryptedAtRest]
    public string? Address { get; private set; }
    [EncryptedAtRest]
    public string? Email { get; private set; }
    public bool IsRepresentative { get; private set; }

    /// <summary>The petitioner asked not to be told of steps by text message.</summary>
    public bool NoTextMessages { get; private set; }
    public string? IdNumberHash { get; private set; }
    public string? PhoneHash { get; private set; }
}

public sealed record PetitionerInfo(string Name, string? IdNumber, string? Phone, string? Address, bool IsRepresentative = false, string? Email = null,
    bool NoTextMessages = false);

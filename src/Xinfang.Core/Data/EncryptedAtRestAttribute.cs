namespace Xinfang.Core.Data;

/// <summary>Marks a string property as personal data kept encrypted in the database (SPEC §4.3): the context
/// stores it through the personal-data protector, so no module handles ciphertext itself.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class EncryptedAtRestAttribute : Attribute;

using System.Security.Cryptography;
using Xinfang.Core.Common;
using Xinfang.Core.Data;

namespace Xinfang.UnitTests.Common;

public sealed class PersonalDataTests
{
    private static readonly PersonalDataProtector Protector = new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void Encrypt_ThenDecrypt_GivesBackTheValueButNeverStoresItInTheClear()
    {
        var stored = Protector.Encrypt("510411198003151234");
        Assert.DoesNotContain("510411", stored, StringComparison.Ordinal);
        Assert.Equal("510411198003151234", Protector.Decrypt(stored));
    }

    [Fact]
    public void Encrypt_TheSameValueTwice_GivesDifferentCiphertexts()
    {
        Assert.NotEqual(Protector.Encrypt("13800001234"), Protector.Encrypt("13800001234"));
    }

    [Fact]
    public void Decrypt_WithAnotherKey_Fails()
    {
        var other = new PersonalDataProtector(RandomNumberGenerator.GetBytes(32));
        Assert.ThrowsAny<CryptographicException>(() => other.Decrypt(Protector.Encrypt("13800001234")));
    }

    [Fact]
    public void BlindIndex_IgnoresFormattingAndDiffersPerKey()
    {
        Assert.Equal(Protector.BlindIndex("0812-3334444"), Protector.BlindIndex(" 08123334444 "));
        Assert.NotEqual(Protector.BlindIndex("13800001234"), new PersonalDataProtector(RandomNumberGenerator.GetBytes(32)).BlindIndex("13800001234"));
        Assert.Null(Protector.BlindIndex("  "));
    }

    [Theory]
    [InlineData("11010519491231002X", true)]
    [InlineData("11010519491231002x", true)]
    [InlineData("110105194912310021", false)] // wrong check character
    [InlineData("110105194913310024", false)] // month 13
    [InlineData("1101051949123100", false)]   // too short
    public void ChineseIdNumber_ChecksLengthDateAndCheckCharacter(string value, bool valid) =>
        Assert.Equal(valid, ChineseIdNumber.IsValid(value));

    [Fact]
    public void ChineseIdNumber_Make_ProducesValidNumbers()
    {
        Assert.True(ChineseIdNumber.IsValid(ChineseIdNumber.Make("510411", new DateOnly(1975, 6, 1), 123)));
    }

    [Theory]
    [InlineData("13812345678", true)]
    [InlineData("0812-3334444", true)]
    [InlineData("12812345678", false)]
    [InlineData("1381234567", false)]
    public void PhoneNumber_AcceptsMobilesAndLandlines(string value, bool valid) => Assert.Equal(valid, PhoneNumber.IsValid(value));

    [Fact]
    public void Masks_HideTheMiddle()
    {
        Assert.Equal("510411********1234", PersonalDataMask.IdNumber("510411198003151234"));
        Assert.Equal("138****5678", PersonalDataMask.Phone("13812345678"));
        Assert.Equal("欧**", PersonalDataMask.Name("欧阳娜"));
        Assert.Equal("仁和镇大河村****", PersonalDataMask.Address("仁和镇大河村3组12号"));
    }
}

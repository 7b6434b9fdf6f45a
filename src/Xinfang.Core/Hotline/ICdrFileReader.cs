namespace Xinfang.Core.Hotline;

/// <summary>Reads an exchange's CDR file into lines (implemented with a CSV library in Xinfang.Documents; the hosts
/// register it).</summary>
public interface ICdrFileReader
{
    IEnumerable<CdrLine> Read(Stream content);
}

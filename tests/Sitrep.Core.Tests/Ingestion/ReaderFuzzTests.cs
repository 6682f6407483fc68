using FsCheck;
using FsCheck.Fluent;
using Sitrep.Ingestion;

namespace Sitrep.Tests.Ingestion;

/// <summary>Whatever bytes a file holds, every reader returns records or errors; none throws.</summary>
public sealed class ReaderFuzzTests
{
    [Theory]
    [InlineData(".txt")]
    [InlineData(".jsonl")]
    [InlineData(".csv")]
    public void Random_bytes_never_throw(string extension)
    {
        using var dir = new TempDir();
        int n = 0;
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            string path = dir.Bytes($"f{n++}{extension}", bytes);
            var results = ArticleReaders.Read([path]).ToList();
            return results.Count > 0 && results.All(r => r.IsSuccess != (r.Error is not null));
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(".txt")]
    [InlineData(".jsonl")]
    [InlineData(".csv")]
    public void Random_text_never_throws(string extension)
    {
        using var dir = new TempDir();
        int n = 0;
        var chars = Gen.Elements("ab \n\r\t\",{}[]:\\’“”\u00e9\u0000text".ToCharArray()).ArrayOf().Select(c => new string(c)).ToArbitrary();
        Prop.ForAll(chars, content =>
        {
            string path = dir.File($"f{n++}{extension}", content);
            var results = ArticleReaders.Read([path]).ToList();
            return results.Count > 0;
        }).QuickCheckThrowOnFailure();
    }
}

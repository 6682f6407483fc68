using Sitrep.Errors;
using Sitrep.Ingestion;

namespace Sitrep.Tests.Ingestion;

internal static class ReaderTestKit
{
    public static List<ReadResult> ReadAll(string path, ReaderOptions? options = null) => ArticleReaders.Read([path], options).ToList();

    public static SitrepError SingleError(string path, ReaderOptions? options = null) =>
        Assert.Single(ReadAll(path, options)).Error ?? throw new Xunit.Sdk.XunitException("expected an error, got a record");
}

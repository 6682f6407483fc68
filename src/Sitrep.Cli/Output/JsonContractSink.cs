using Sitrep.Model;
using Sitrep.Output;

namespace Sitrep.Cli.Output;

/// <summary>The documented JSON contract on stdout, streamed article by article.</summary>
public sealed class JsonContractSink(Stream stdout, bool indented) : IArticleSink
{
    private readonly ArticleJsonWriter _writer = new(stdout, indented);

    public void Write(Article article) => _writer.Write(article);

    public void Dispose()
    {
        _writer.Dispose();
        stdout.WriteByte((byte)'\n');
        stdout.Flush();
    }
}

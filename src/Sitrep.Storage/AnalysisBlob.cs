using System.IO.Compression;
using System.Text;

namespace Sitrep.Storage;

/// <summary>
/// How the store keeps an article's analysis JSON: Brotli at a fast level, about an eighth of the
/// JSON (which is ten times the article's text). Public so that parallel writers can compress on
/// their own cores before handing the article to the store's single writer.
/// </summary>
public static class AnalysisBlob
{
    public static byte[] Compress(string json)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        byte[] buffer = new byte[BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
        if (!BrotliEncoder.TryCompress(utf8, buffer, out int written, quality: 4, window: 22))
            throw new InvalidOperationException("Brotli compression failed");
        return buffer[..written];
    }

    public static string Decompress(byte[] compressed)
    {
        using var input = new MemoryStream(compressed);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

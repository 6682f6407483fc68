using System.Text;
using Sitrep.Errors;

namespace Sitrep.Ingestion;

/// <summary>
/// Turns a file's bytes into text strictly: UTF-8 (BOM optional) or UTF-16 with a BOM. Invalid
/// UTF-8, binary content, empty files and oversized files become errors that name the file and,
/// for bad bytes, the line and byte offset.
/// </summary>
public static class InputDecoder
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and decodes a whole file (bounded by <paramref name="maxBytes"/>).</summary>
    public static bool TryReadFile(string path, long maxBytes, out string text, out SitrepError? error)
    {
        text = string.Empty;
        if (!TryOpen(path, out FileStream? stream, out error))
            return false;
        using (stream)
        {
            if (stream!.Length > maxBytes)
            {
                error = new SitrepError(ErrorCode.TooLarge, path, null, $"file is {stream.Length:N0} bytes; the limit is {maxBytes:N0}.");
                return false;
            }
            var bytes = new byte[stream.Length];
            try
            {
                stream.ReadExactly(bytes);
            }
            catch (IOException ex)
            {
                error = new SitrepError(ErrorCode.Unreadable, path, null, $"cannot read: {ex.Message}");
                return false;
            }
            return TryDecode(path, bytes, out text, out error);
        }
    }

    /// <summary>Opens a file for streaming readers, mapping the usual failures to errors.</summary>
    public static bool TryOpen(string path, out FileStream? stream, out SitrepError? error)
    {
        stream = null;
        error = null;
        if (Directory.Exists(path))
        {
            error = new SitrepError(ErrorCode.Unreadable, path, null, "is a directory, not a file.");
            return false;
        }
        if (!File.Exists(path))
        {
            error = new SitrepError(ErrorCode.FileNotFound, path, null, "no such file or directory.");
            return false;
        }
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = new SitrepError(ErrorCode.Unreadable, path, null, $"cannot open: {ex.Message}");
            return false;
        }
    }

    public static bool TryDecode(string path, ReadOnlySpan<byte> bytes, out string text, out SitrepError? error)
    {
        text = string.Empty;
        error = null;
        Encoding encoding = s_strictUtf8;
        int skip = 0;
        if (bytes.StartsWith("\xEF\xBB\xBF"u8))
            skip = 3;
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            (encoding, skip) = (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            (encoding, skip) = (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);

        ReadOnlySpan<byte> body = bytes[skip..];
        if (skip != 2 && LooksBinary(body))
        {
            error = new SitrepError(ErrorCode.BinaryFile, path, null, "looks like a binary file (NUL or control bytes), not text.");
            return false;
        }
        try
        {
            text = encoding.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            int bad = encoding == s_strictUtf8 ? FirstInvalidUtf8(body) : 0;
            long line = 1 + body[..bad].Count((byte)'\n');
            error = new SitrepError(ErrorCode.InvalidUtf8, path, line, $"invalid UTF-8 at byte offset {bad + skip} (line {line}); save the file as UTF-8.");
            return false;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            error = new SitrepError(ErrorCode.EmptyInput, path, null, bytes.Length == 0 ? "file is empty." : "file contains only white space.");
            return false;
        }
        return true;
    }

    /// <summary>NUL anywhere, or more than 10% control characters other than tab, line ends and form feed, in the first 8 KiB.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> head = bytes[..Math.Min(bytes.Length, 8192)];
        if (head.Contains((byte)0))
            return true;
        int control = 0;
        foreach (byte b in head)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not (byte)'\f')
                control++;
        }
        return head.Length > 0 && control * 10 > head.Length;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        int offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out int consumed);
            if (status != System.Buffers.OperationStatus.Done)
                return offset;
            offset += consumed;
        }
        return offset;
    }
}

using System.Runtime.InteropServices;

namespace ClaimCheck.Corpus;

/// <summary>
/// Whether a path, followed through links, is something other than a regular file: a named pipe,
/// a socket or a device. Those are never read: opening a pipe waits for a writer forever, and a
/// device such as /dev/zero never ends. .NET does not expose the file type, so this asks the
/// runtime's own native layer (System.Native, shipped with every .NET on Unix) for the stat mode.
/// </summary>
internal static class FileKind
{
    /// <summary>The file type bits of a stat mode, and the type of a regular file (as System.Native defines them on every Unix).</summary>
    private const int TypeMask = 0xF000;

    /// <summary>What a diagnostic says of such a path.</summary>
    public const string NotRead = "a pipe, socket or device, not a regular file: it is not read";

    private const int RegularFile = 0x8000;

    /// <summary>System.Native's FileStatus is about 120 bytes, its mode the second 32-bit field; the buffer leaves room for fields a later runtime may add.</summary>
    private const int StatusBytes = 512;

    private const int ModeOffset = 4;

    /// <summary>True for a pipe, socket or device; false for a regular file, and whenever the type cannot be told (the read then reports what is wrong).</summary>
    public static bool IsSpecial(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        var status = new byte[StatusBytes];
        if (Stat(path, status) != 0)
        {
            return false;
        }

        return (BitConverter.ToInt32(status, ModeOffset) & TypeMask) != RegularFile;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);
}

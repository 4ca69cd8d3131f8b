using System.Runtime.InteropServices;

namespace Seedance.Contracts.Pact.Interop;

/// <summary>Copies strings returned by the engine into managed memory, freeing only those the caller owns.</summary>
internal static class NativeStrings
{
    /// <summary>Copies a string owned by the engine (static or owned by a mock server); never frees it.</summary>
    internal static string? CopyBorrowed(IntPtr value) =>
        value == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(value);

    /// <summary>Copies a string the caller owns and releases it with <c>pactffi_string_delete</c>.</summary>
    internal static string? CopyAndFree(IntPtr value)
    {
        if (value == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(value);
        }
        finally
        {
            PactFfi.StringDelete(value);
        }
    }

    /// <summary>The message the engine stored for the last failed call on this thread, if any.</summary>
    internal static unsafe string? LastErrorMessage()
    {
        const int capacity = 4096;
        byte* buffer = stackalloc byte[capacity];
        int written = PactFfi.GetErrorMessage(buffer, capacity);
        if (written <= 0)
        {
            return null;
        }

        // The count includes the terminating NUL.
        int length = new ReadOnlySpan<byte>(buffer, written).IndexOf((byte)0);
        if (length < 0)
        {
            length = written;
        }

        return length == 0 ? null : System.Text.Encoding.UTF8.GetString(buffer, length);
    }
}

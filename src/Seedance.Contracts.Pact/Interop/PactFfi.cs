using System.Runtime.InteropServices;

namespace Seedance.Contracts.Pact.Interop;

/// <summary>
/// Every native entry point of libpact_ffi 0.5.8 the kit uses, in one place. Nothing outside
/// <c>Interop/</c> calls these directly except through the owner types, and no caller touches pointers.
/// Rules (see docs/contract-testing.md): UTF-8 strings in, <see cref="IntPtr"/> for strings out,
/// 1-byte bools, <see cref="nuint"/> for size_t, <see cref="CULong"/> for unsigned long.
/// </summary>
internal static partial class PactFfi
{
    /// <summary>Logical library name; <see cref="PactNativeLibrary"/> maps it to a file.</summary>
    internal const string LibraryName = "pact_ffi";

    // ---- library / logging / errors -------------------------------------------------------------

    [LibraryImport(LibraryName, EntryPoint = "pactffi_version")]
    internal static partial IntPtr Version(); // static string: never free

    [LibraryImport(LibraryName, EntryPoint = "pactffi_log_to_buffer")]
    internal static partial int LogToBuffer(int levelFilter);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_fetch_log_buffer", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr FetchLogBuffer(string? logId); // caller frees with StringDelete

    [LibraryImport(LibraryName, EntryPoint = "pactffi_string_delete")]
    internal static partial void StringDelete(IntPtr value);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_get_error_message")]
    internal static unsafe partial int GetErrorMessage(byte* buffer, int length);

    // ---- consumer: pact and interaction model ---------------------------------------------------

    [LibraryImport(LibraryName, EntryPoint = "pactffi_new_pact", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial ushort NewPact(string consumer, string provider);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_with_specification")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithSpecification(ushort pact, int specification);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_free_pact_handle")]
    internal static partial uint FreePactHandle(ushort pact);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_new_interaction", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial uint NewInteraction(ushort pact, string description);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_given", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool Given(uint interaction, string state);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_given_with_params", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int GivenWithParams(uint interaction, string state, string paramsJson);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_with_request", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithRequest(uint interaction, string method, string path);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_with_query_parameter_v2", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithQueryParameter(uint interaction, string name, nuint index, string value);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_with_header_v2", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithHeader(uint interaction, int part, string name, nuint index, string value);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_with_body", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithBody(uint interaction, int part, string contentType, string body);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_response_status")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool ResponseStatus(uint interaction, ushort status);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_pact_handle_write_file", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int PactHandleWriteFile(ushort pact, string directory, [MarshalAs(UnmanagedType.U1)] bool overwrite);

    // ---- consumer: mock server ------------------------------------------------------------------

    [LibraryImport(LibraryName, EntryPoint = "pactffi_create_mock_server_for_transport", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int CreateMockServerForTransport(ushort pact, string address, ushort port, string transport, string? transportConfig);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_mock_server_matched")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool MockServerMatched(int port);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_mock_server_mismatches")]
    internal static partial IntPtr MockServerMismatches(int port); // owned by the mock server: never free

    [LibraryImport(LibraryName, EntryPoint = "pactffi_mock_server_logs")]
    internal static partial IntPtr MockServerLogs(int port); // owned by the mock server: never free

    [LibraryImport(LibraryName, EntryPoint = "pactffi_cleanup_mock_server")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool CleanupMockServer(int port);

    // ---- provider verification ------------------------------------------------------------------

    [LibraryImport(LibraryName, EntryPoint = "pactffi_verifier_new_for_application", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr VerifierNewForApplication(string name, string version);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_verifier_set_provider_info", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierSetProviderInfo(VerifierSafeHandle handle, string name, string scheme, string host, ushort port, string path);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_verifier_set_provider_state", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierSetProviderState(VerifierSafeHandle handle, string url, byte teardown, byte body);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_verifier_set_verification_options")]
    internal static partial int VerifierSetVerificationOptions(VerifierSafeHandle handle, byte disableSslVerification, CULong requestTimeoutMs);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_verifier_set_coloured_output")]
    internal static partial int VerifierSetColouredOutput(VerifierSafeHandle handle, byte coloured);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_verifier_add_file_source", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierAddFileSource(VerifierSafeHandle handle, string path);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_verifier_execute")]
    internal static partial int VerifierExecute(VerifierSafeHandle handle);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_verifier_output")]
    internal static partial IntPtr VerifierOutput(VerifierSafeHandle handle, byte stripAnsi); // caller frees

    [LibraryImport(LibraryName, EntryPoint = "pactffi_verifier_json")]
    internal static partial IntPtr VerifierJson(VerifierSafeHandle handle); // caller frees

    [LibraryImport(LibraryName, EntryPoint = "pactffi_verifier_logs")]
    internal static partial IntPtr VerifierLogs(VerifierSafeHandle handle); // caller frees

    [LibraryImport(LibraryName, EntryPoint = "pactffi_verifier_shutdown")]
    internal static partial void VerifierShutdown(IntPtr handle);
}

package com.clicknback.users;

import com.clicknback.shared.validation.EmailAddressFormat;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registration body. Any other field (role, active, ...) is ignored. */
@Schema(name = "RegisterUserRequest")
public record RegisterUserRequest(
    @Schema(example = "New.User@example.com", required = true) @NotNull @EmailAddressFormat
        String email,
    @Schema(
            example = "Str0ng!Pass",
            required = true,
            description =
                "At least 8 characters with an upper-case letter, a lower-case letter, a digit and"
                    + " a special character.")
        @NotNull
        String password) {}

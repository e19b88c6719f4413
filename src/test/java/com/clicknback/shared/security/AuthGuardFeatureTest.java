package com.clicknback.shared.security;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class AuthGuardFeatureTest {

  @Mock ResourceInfo resourceInfo;
  @Mock FeatureContext context;

  private final AuthGuardFeature feature = new AuthGuardFeature();

  static class MixedResource {
    public void open() {}

    @Authenticated
    public void guarded() {}

    @AdminOnly
    public void adminOnly() {}
  }

  @Authenticated
  static class AuthenticatedResource {
    public void anything() {}
  }

  @AdminOnly
  static class AdminResource {
    public void anything() {}
  }

  private void resource(Class<?> type, String methodName) throws NoSuchMethodException {
    Method method = type.getMethod(methodName);
    doReturn(type).when(resourceInfo).getResourceClass();
    doReturn(method).when(resourceInfo).getResourceMethod();
  }

  @Test
  void configure_registersGuard_onMethodMarkedAuthenticated() throws Exception {
    // Arrange
    resource(MixedResource.class, "guarded");

    // Act
    feature.configure(resourceInfo, context);

    // Assert
    verify(context).register(any(AuthGuardFilter.class));
  }

  @Test
  void configure_registersGuard_onMethodMarkedAdminOnly() throws Exception {
    // Arrange
    resource(MixedResource.class, "adminOnly");

    // Act
    feature.configure(resourceInfo, context);

    // Assert
    verify(context).register(any(AuthGuardFilter.class));
  }

  @Test
  void configure_registersGuard_onClassMarkedAuthenticated() throws Exception {
    // Arrange
    resource(AuthenticatedResource.class, "anything");

    // Act
    feature.configure(resourceInfo, context);

    // Assert
    verify(context).register(any(AuthGuardFilter.class));
  }

  @Test
  void configure_registersGuard_onClassMarkedAdminOnly() throws Exception {
    // Arrange
    resource(AdminResource.class, "anything");

    // Act
    feature.configure(resourceInfo, context);

    // Assert
    verify(context).register(any(AuthGuardFilter.class));
  }

  @Test
  void configure_registersNothing_onUnmarkedMethodOfUnmarkedClass() throws Exception {
    // Arrange
    resource(MixedResource.class, "open");

    // Act
    feature.configure(resourceInfo, context);

    // Assert
    verifyNoInteractions(context);
  }

  @Test
  void configure_registersNothing_onResourceWithoutMethodOrClass() {
    // Arrange
    doReturn(null).when(resourceInfo).getResourceClass();
    doReturn(null).when(resourceInfo).getResourceMethod();

    // Act
    feature.configure(resourceInfo, context);

    // Assert
    verifyNoInteractions(context);
  }
}

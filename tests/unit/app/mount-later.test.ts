// mountLater: a view mounts once its code arrives, and an unmount before that keeps it from mounting at all.
import { describe, expect, it, vi } from 'vitest';
import { mountLater } from '../../../src/app/mount-later';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('mountLater', () => {
  it('mounts when the code has loaded and unmounts it', async () => {
    const unmountView = vi.fn();
    const mount = vi.fn(() => unmountView);
    const unmount = mountLater(() => Promise.resolve(mount));
    expect(mount).not.toHaveBeenCalled();
    await settle();
    expect(mount).toHaveBeenCalledTimes(1);
    unmount();
    expect(unmountView).toHaveBeenCalledTimes(1);
  });

  it('never mounts a view unmounted while its code was loading', async () => {
    const mount = vi.fn(() => () => {});
    const unmount = mountLater(() => Promise.resolve(mount));
    unmount();
    await settle();
    expect(mount).not.toHaveBeenCalled();
  });

  it('leaves the page working when the code fails to load', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const unmount = mountLater(() => Promise.reject(new Error('offline')));
    await settle();
    expect(error).toHaveBeenCalledWith('A panel failed to load', expect.any(Error));
    unmount();
    error.mockRestore();
  });
});
